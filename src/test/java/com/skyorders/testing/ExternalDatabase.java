package com.skyorders.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import javax.sql.DataSource;

/** A MySQL or MariaDB server started by hand (see CONTRIBUTING.md): used as it is, never stopped by the tests. */
final class ExternalDatabase implements TestDatabase {

    private final String url;
    private final String user;
    private final String password;

    ExternalDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public String jdbcUrl() {
        return url;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public DataSource dataSource() {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    @Override
    public boolean canStop() {
        return false;
    }

    @Override
    public void stop() {
        throw new UnsupportedOperationException("an external database is not stopped by the tests");
    }

    @Override
    public void start() {
        throw new UnsupportedOperationException("an external database is not started by the tests");
    }

    @Override
    public void close() {}
}
