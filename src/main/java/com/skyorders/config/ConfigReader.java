package com.skyorders.config;

import com.skyorders.auth.Origin;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one reader of configuration: a context parameter ({@code sky.db.url}) wins, then the environment variable
 * ({@code SKY_DB_URL}), then the default. Blank values count as unset, so tomcat-conf can write
 * {@code ${sky.db.url:-}} without pinning anything. Problems are collected, not thrown one by one, so a bad
 * start-up names every bad key at once.
 */
public final class ConfigReader {

    private final Function<String, String> contextParameters;
    private final Map<String, String> environment;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> keysRead = new TreeSet<>();

    public ConfigReader(Function<String, String> contextParameters, Map<String, String> environment) {
        this.contextParameters = contextParameters;
        this.environment = environment;
    }

    /** The environment variable that stands for a key: {@code sky.db.poolSize} → {@code SKY_DB_POOLSIZE}. */
    public static String environmentName(String key) {
        return key.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    public Optional<String> raw(String key) {
        keysRead.add(key);
        String value = contextParameters.apply(key);
        if (value == null || value.isBlank()) {
            value = environment.get(environmentName(key));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String string(String key, String defaultValue) {
        return raw(key).orElse(defaultValue);
    }

    public int integer(String key, int defaultValue, int min, int max) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < min || parsed > max) {
                problems.add(key + "=" + parsed + " is outside " + min + ".." + max);
                return defaultValue;
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(key + "='" + value.get() + "' is not a whole number");
            return defaultValue;
        }
    }

    public boolean bool(String key, boolean defaultValue) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> {
                problems.add(key + "='" + value.get() + "' is not true or false");
                yield defaultValue;
            }
        };
    }

    /** A duration in ISO-8601 ({@code PT15M}) or as plain seconds ({@code 900}). */
    public Duration duration(String key, Duration defaultValue, Duration min, Duration max) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        Duration parsed;
        try {
            parsed = value.get().matches("\\d+")
                    ? Duration.ofSeconds(Long.parseLong(value.get()))
                    : Duration.parse(value.get());
        } catch (RuntimeException e) {
            problems.add(key + "='" + value.get() + "' is not a duration (seconds, or ISO-8601 like PT15M)");
            return defaultValue;
        }
        if (parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0) {
            problems.add(key + "=" + parsed + " is outside " + min + ".." + max);
            return defaultValue;
        }
        return parsed;
    }

    /** A non-negative amount of yuan with at most two decimals, e.g. {@code 6} or {@code 1.50}. */
    public BigDecimal money(String key, BigDecimal defaultValue) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            BigDecimal parsed = new BigDecimal(value.get());
            if (parsed.signum() >= 0 && parsed.scale() <= 2 && parsed.compareTo(BigDecimal.valueOf(1000)) <= 0) {
                return parsed.setScale(2);
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        problems.add(key + "='" + value.get() + "' is not an amount between 0 and 1000 with at most two decimals");
        return defaultValue;
    }

    public ZoneId zone(String key, ZoneId defaultValue) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return ZoneId.of(value.get());
        } catch (RuntimeException e) {
            problems.add(key + "='" + value.get() + "' is not a time zone id");
            return defaultValue;
        }
    }

    /** A comma-separated list of web origins ({@code http://localhost,https://shop.example}); blank means none. */
    public List<Origin> origins(String key) {
        Optional<String> value = raw(key);
        List<Origin> origins = new ArrayList<>();
        for (String item : value.map(v -> v.split(",")).orElse(new String[0])) {
            if (item.isBlank()) {
                continue;
            }
            Optional<Origin> origin = Origin.parse(item.trim());
            if (origin.isEmpty()) {
                problems.add(key + ": '" + item.trim() + "' is not an origin like http://host or https://host:8443");
            } else {
                origins.add(origin.get());
            }
        }
        return List.copyOf(origins);
    }

    /**
     * A key every deployment must set, to one of {@code allowed}: nothing is assumed, so a demo-only part (a mock
     * payment provider, say) never runs where the configuration did not name it.
     */
    public String choice(String key, String what, List<String> allowed) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            problems.add(key + " is not set: name the " + what + " (" + String.join(" or ", allowed) + ")");
        } else if (!allowed.contains(value.get())) {
            problems.add(key + "='" + value.get() + "' is not one of " + String.join(", ", allowed));
        }
        return value.filter(allowed::contains).orElse(allowed.get(0));
    }

    /** Every key asked for so far: the application's whole configuration surface once AppConfig has been read. */
    public Set<String> keysRead() {
        return Collections.unmodifiableSet(keysRead);
    }

    /** Records a problem found by a cross-key check. */
    public void reject(String problem) {
        problems.add(problem);
    }

    /** Throws if anything read so far was unusable. */
    public void validate() {
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
    }
}
