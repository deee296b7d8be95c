package nl.bordspiegel.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * One clock for the whole application, in the school's zone: every feature asks it for
 * "today", so tests and demos can pin it. {@code bordspiegel.clock.pinned} is for tests and
 * demos only; a school never sets it.
 */
@Configuration
class ClockConfig {

    @Bean
    Clock clock(@Value("${bordspiegel.zone:" + SchoolZone.DEFAULT_ID + "}") ZoneId zone,
                @Value("${bordspiegel.clock.pinned:}") String pinned,
                @Value("${bordspiegel.clock.ticking:true}") boolean ticking) {
        if (!StringUtils.hasText(pinned)) {
            return Clock.system(zone);
        }
        LocalDateTime moment = parse(pinned.trim());
        return ticking ? AdjustableClock.tickingFrom(moment, zone) : AdjustableClock.fixedAt(moment, zone);
    }

    /** A day alone means that day at a quarter past ten, the middle of a school morning. */
    static LocalDateTime parse(String pinned) {
        if (pinned.length() == 10) {
            return LocalDate.parse(pinned).atTime(LocalTime.of(10, 15));
        }
        return LocalDateTime.parse(pinned);
    }
}
