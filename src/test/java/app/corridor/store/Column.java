package app.corridor.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The first column of a query's rows, as the store tests read table names, counts and sizes. */
final class Column {

    private Column() {
    }

    static <T> List<T> of(Connection c, String sql, Class<T> type) throws SQLException {
        List<T> values = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getObject(1, type));
            }
        }
        return values;
    }
}
