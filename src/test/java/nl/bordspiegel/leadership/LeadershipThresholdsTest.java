package nl.bordspiegel.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The thresholds table in {@code docs/leadership-model.md} and the constants in the code are
 * one table: each row's value is the constant's, and every threshold constant has a row.
 */
class LeadershipThresholdsTest {

    private static final Path DOC = Path.of("docs/leadership-model.md");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(\\w+)\\.(\\w+)`\\s*\\|\\s*([0-9.]+)\\s*\\|",
            Pattern.MULTILINE);
    /** Where thresholds live: the rules and the inference's own numbers. */
    private static final List<Class<?>> HOLDERS = List.of(PresenceRule.class, DevelopmentRule.class,
            ResponsibilityRule.class, TimeInvestmentRule.class, MotivatingRule.class, VisionRule.class,
            LeadershipInference.class, Observations.class, Window.class);

    @Test
    void everyRowOfTheDocHasTheCodesValue() throws Exception {
        Map<String, Double> documented = documented();
        assertThat(documented).isNotEmpty();

        for (Map.Entry<String, Double> row : documented.entrySet()) {
            assertThat(valueInCode(row.getKey())).as(row.getKey()).isEqualTo(row.getValue());
        }
    }

    @Test
    void everyThresholdInTheCodeIsDocumented() throws IOException {
        Map<String, Double> documented = documented();
        List<String> missing = new ArrayList<>();
        for (Class<?> holder : HOLDERS) {
            for (Field field : holder.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                boolean threshold = Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                        && !Modifier.isPrivate(modifiers)
                        && (field.getType() == double.class || field.getType() == int.class);
                if (threshold && !documented.containsKey(holder.getSimpleName() + "." + field.getName())) {
                    missing.add(holder.getSimpleName() + "." + field.getName());
                }
            }
        }
        for (Dimension dimension : Dimension.values()) {
            if (!documented.containsKey("Dimension." + dimension.name())) {
                missing.add("Dimension." + dimension.name());
            }
        }
        assertThat(missing).isEmpty();
    }

    private static double valueInCode(String name) throws ReflectiveOperationException {
        String[] parts = name.split("\\.");
        if (parts[0].equals("Dimension")) {
            return Dimension.valueOf(parts[1]).weight();
        }
        Class<?> holder = HOLDERS.stream().filter(c -> c.getSimpleName().equals(parts[0])).findFirst()
                .orElseThrow(() -> new AssertionError("no class " + parts[0] + " holds thresholds"));
        Field field = holder.getDeclaredField(parts[1]);
        field.setAccessible(true);
        return ((Number) field.get(null)).doubleValue();
    }

    private static Map<String, Double> documented() throws IOException {
        Map<String, Double> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(DOC));
        while (row.find()) {
            rows.put(row.group(1) + "." + row.group(2), Double.parseDouble(row.group(3)));
        }
        return rows;
    }
}
