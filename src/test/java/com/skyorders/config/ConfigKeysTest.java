package com.skyorders.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The keys the application reads are written in three places: the code (AppConfig, SweepConfig), the Tomcat
 * context (tomcat-conf/context.xml, without which {@code -Dsky.x=…} is silently ignored) and the configuration table
 * of docs/OPERATIONS.md. This
 * ties them together: a key added, renamed or removed in one place and not the others fails here.
 */
class ConfigKeysTest {

    /** Test hooks are enabled by the IT harness only; the shipped Tomcat context deliberately cannot set them. */
    private static final Set<String> NOT_IN_TOMCAT_CONTEXT = Set.of("sky.testHooks");

    private static Set<String> keysTheApplicationReads() {
        ConfigReader reader =
                new ConfigReader(key -> null, Map.of("SKY_PAY_PROVIDER", "mock", "SKY_IDENTITY_PROVIDER", "demo"));
        AppConfig.read(reader);
        return reader.keysRead();
    }

    @Test
    void everyKeyTheApplicationReadsIsInTheTomcatContextAndNothingElse() throws IOException {
        Set<String> expected = new TreeSet<>(keysTheApplicationReads());
        expected.removeAll(NOT_IN_TOMCAT_CONTEXT);
        assertEquals(
                expected,
                matches(
                        Path.of("tomcat-conf", "context.xml"),
                        Pattern.compile("<Parameter name=\"(sky\\.[^\"]+)\" value=\"\\$\\{(sky\\.[^:}]+):-}\"")),
                "tomcat-conf/context.xml: one <Parameter name=\"k\" value=\"${k:-}\"/> per key");
    }

    @Test
    void everyKeyTheApplicationReadsIsInTheOperationsTableAndNothingElse() throws IOException {
        assertEquals(
                keysTheApplicationReads(),
                matches(
                        Path.of("docs", "OPERATIONS.md"),
                        Pattern.compile("(?m)^\\| `(sky\\.[^`]+)` \\| `(SKY_[A-Z0-9_]+)` \\|")),
                "docs/OPERATIONS.md: one row per key, with its environment variable");
    }

    /** Every first group of {@code pattern} in the file; a second group, when there is one, must name the same key. */
    private static Set<String> matches(Path file, Pattern pattern) throws IOException {
        Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
        Set<String> keys = new TreeSet<>();
        while (matcher.find()) {
            String key = matcher.group(1);
            String other = matcher.group(2);
            String expected = other.startsWith("SKY_") ? ConfigReader.environmentName(key) : key;
            assertEquals(expected, other, () -> file + " names " + key + " twice differently");
            keys.add(key);
        }
        return keys;
    }
}
