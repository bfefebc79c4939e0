package com.skyorders.config.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuartzTablesMigrationTest {

    @Test
    void takesEveryCreateFromTheShippedScriptAndNoDrop() throws Exception {
        List<String> statements = V2__Quartz_tables.statements(V2__Quartz_tables.readScript());
        long creates = statements.stream()
                .filter(s -> s.toUpperCase().startsWith("CREATE TABLE"))
                .count();
        assertEquals(11, creates, "Quartz 2.5 has 11 tables");
        assertTrue(statements.stream().noneMatch(s -> s.toUpperCase().contains("DROP TABLE")));
        assertTrue(statements.stream().noneMatch(s -> s.equalsIgnoreCase("commit")));
    }
}
