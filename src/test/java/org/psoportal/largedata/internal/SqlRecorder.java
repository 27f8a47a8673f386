package org.psoportal.largedata.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A data-source wrapper (a home-made datasource-proxy) that records, on the current thread only and only while
 * recording, every SQL statement executed with its parameters: the benchmark counts statements and replays the
 * exact same SQL through plain JDBC.
 */
final class SqlRecorder {

    /** One executed statement: its SQL and its parameters by index (a null parameter as {@link NullParam}). */
    record Executed(String sql, Map<Integer, Object> params) {}

    record NullParam(int sqlType) {}

    private static final ThreadLocal<List<Executed>> RECORDING = new ThreadLocal<>();

    private SqlRecorder() {}

    static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(
                SqlRecorder.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    /** Runs the work and returns the statements it executed on this thread. */
    static List<Executed> record(Runnable work) {
        List<Executed> list = new ArrayList<>();
        RECORDING.set(list);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return list;
    }

    /** Executes the recorded statements through a plain connection, reading every column of every row. */
    static long replay(Connection c, List<Executed> statements) throws SQLException {
        long cells = 0;
        for (Executed e : statements) {
            try (PreparedStatement ps = c.prepareStatement(e.sql())) {
                for (var p : e.params().entrySet()) {
                    if (p.getValue() instanceof NullParam n) {
                        ps.setNull(p.getKey(), n.sqlType());
                    } else {
                        ps.setObject(p.getKey(), p.getValue());
                    }
                }
                if (ps.execute()) {
                    try (ResultSet rs = ps.getResultSet()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                rs.getObject(i);
                                cells++;
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** The rows of a query with the recorded parameters, as text (for EXPLAIN). */
    static List<String> rows(Connection c, String sql, Map<Integer, Object> params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (var p : params.entrySet()) {
                if (p.getValue() instanceof NullParam n) {
                    ps.setNull(p.getKey(), n.sqlType());
                } else {
                    ps.setObject(p.getKey(), p.getValue());
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                StringBuilder head = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    head.append(i == 1 ? "" : " | ").append(md.getColumnLabel(i));
                }
                out.add(head.toString());
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.append(i == 1 ? "" : " | ").append(rs.getString(i));
                    }
                    out.add(row.toString());
                }
            }
        }
        return out;
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                SqlRecorder.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof PreparedStatement ps
                            && method.getName().startsWith("prepare")) {
                        return statement(ps, PreparedStatement.class, (String) args[0]);
                    }
                    if (result instanceof Statement s && method.getName().equals("createStatement")) {
                        return statement(s, Statement.class, null);
                    }
                    return result;
                });
    }

    private static Object statement(Statement target, Class<?> type, String sql) {
        Map<Integer, Object> params = new TreeMap<>();
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            List<Executed> recording = RECORDING.get();
            if (recording != null) {
                if (name.startsWith("set")
                        && args != null
                        && args.length >= 2
                        && args[0] instanceof Integer index
                        && !name.equals("setFetchSize")
                        && !name.equals("setMaxRows")
                        && !name.equals("setQueryTimeout")
                        && !name.equals("setFetchDirection")) {
                    params.put(
                            index,
                            name.equals("setNull")
                                    ? new NullParam((Integer) args[1])
                                    : args[1] == null ? new NullParam(Types.NULL) : args[1]);
                } else if (name.equals("clearParameters")) {
                    params.clear();
                } else if (name.startsWith("execute") || name.equals("addBatch")) {
                    String text = sql != null ? sql : args != null && args.length > 0 ? (String) args[0] : "?";
                    if (!name.equals("executeBatch")) {
                        recording.add(new Executed(text, new TreeMap<>(params)));
                    }
                }
            }
            return invoke(target, method, args);
        };
        return Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
