package nl.bordspiegel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each table has one owning module, listed in that module's {@code package-info.java}
 * ("Owns the tables ..."), and only the owner names it in SQL or maps it. The check reads the
 * sources: every string literal (text blocks too) of a module that looks like SQL is scanned
 * for table names after {@code from}, {@code join}, {@code into}, {@code update} and
 * {@code table}; JPA mappings ({@code @Table(name = "goal")}) and the insert helper's table
 * argument count too.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/nl/bordspiegel");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern OWNS = Pattern.compile("Owns the tables (.*?):", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\{@code (\\w+)}");
    private static final Pattern CREATE = Pattern.compile("(?i)create table (?:if not exists )?(\\w+)");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern SQL = Pattern.compile(
            "(?i)\\b(?:select|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from|join|where|create\\s+table)\\b");
    private static final Pattern SQL_TABLE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table)\\s+(\\w+)");
    /** A table named on its own: a JPA mapping, or the first argument after the JDBC template of an insert helper. */
    private static final Pattern MAPPED = Pattern.compile(
            "(?:@(?:Table|CollectionTable|JoinTable)\\(\\s*name\\s*=\\s*|insert\\(\\s*\\w+\\s*,\\s*)\"(\\w+)\"");

    @Test
    void everyTableOfTheSchemaHasExactlyOneOwningModule() throws IOException {
        Map<String, List<String>> owners = new HashMap<>();
        owned().forEach((module, tables) -> tables.forEach(
                table -> owners.computeIfAbsent(table, t -> new ArrayList<>()).add(module)));

        Set<String> schema = schemaTables();
        assertThat(schema).isNotEmpty();
        for (String table : schema) {
            assertThat(owners.get(table)).as("owners of table %s", table).hasSize(1);
        }
        assertThat(owners.keySet()).as("listed tables the schema does not have").isSubsetOf(schema);
    }

    @Test
    void noModuleNamesAnotherModulesTableInSql() throws IOException {
        Map<String, String> ownerOf = new HashMap<>();
        owned().forEach((module, tables) -> tables.forEach(table -> ownerOf.put(table, module)));

        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = MAIN.relativize(file).getName(0).toString();
                for (String table : tablesNamedIn(Files.readString(file))) {
                    String owner = ownerOf.get(table);
                    if (owner != null && !owner.equals(module)) {
                        trespasses.add(MAIN.relativize(file) + " names " + table + " (owned by " + owner + ")");
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void theScanFindsTablesInSqlStringsAndMappings() {
        String source = """
                class Sample {
                    String sql = "select a.id from improvement_action a join team t on t.id = a.team_id";
                    String block = \"""
                            update board_session set state = 'X'
                            \""";
                    @Table(name = "measurement") Object mapped;
                    String text = "the team met; from now on";
                    long id = HistoryImport.insert(jdbc, "goal", row);
                }
                """;

        assertThat(tablesNamedIn(source))
                .contains("improvement_action", "team", "board_session", "measurement", "goal")
                .doesNotContain("now");
    }

    /** Table names a source names in SQL; also words that are not tables, which no owner list holds. */
    static Set<String> tablesNamedIn(String source) {
        Set<String> named = new TreeSet<>();
        List<String> literals = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        while (blocks.find()) {
            literals.add(blocks.group(1));
        }
        Matcher strings = LITERAL.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        Matcher mapped = MAPPED.matcher(source);
        while (mapped.find()) {
            named.add(mapped.group(1).toLowerCase(Locale.ROOT));
        }
        for (String literal : literals.stream().filter(literal -> SQL.matcher(literal).find()).toList()) {
            Matcher sql = SQL_TABLE.matcher(literal);
            while (sql.find()) {
                named.add(sql.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return named;
    }

    /** Per module, the tables its package-info says it owns. */
    private static Map<String, Set<String>> owned() throws IOException {
        Map<String, Set<String>> owned = new HashMap<>();
        try (Stream<Path> modules = Files.list(MAIN)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Path info = module.resolve("package-info.java");
                if (!Files.exists(info)) {
                    continue;
                }
                Matcher owns = OWNS.matcher(Files.readString(info));
                Set<String> tables = new TreeSet<>();
                if (owns.find()) {
                    Matcher code = CODE.matcher(owns.group(1));
                    while (code.find()) {
                        tables.add(code.group(1));
                    }
                }
                owned.put(module.getFileName().toString(), tables);
            }
        }
        return owned;
    }

    private static Set<String> schemaTables() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher create = CREATE.matcher(Files.readString(file));
                while (create.find()) {
                    tables.add(create.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }
}
