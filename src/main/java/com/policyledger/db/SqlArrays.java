package com.policyledger.db;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** PostgreSQL {@code text[]} columns as Java lists. */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
