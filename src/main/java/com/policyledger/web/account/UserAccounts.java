package com.policyledger.web.account;

import com.policyledger.RunFailedException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The users table: creating users with one-time passwords, changing passwords, disabling. */
@Service
public class UserAccounts {

    static final int MIN_PASSWORD_LENGTH = 10;

    private static final RowMapper<AppUser> ROW = (rs, i) -> new AppUser(rs.getLong("id"), rs.getString("username"),
            Role.valueOf(rs.getString("role")), rs.getBoolean("must_change_password"), rs.getBoolean("enabled"),
            rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** Creates a user with a generated password they must change at first login; returns that password. */
    public String addWithOneTimePassword(String username, Role role) {
        String password = OneTimePassword.generate();
        insert(username, role, password, true);
        return password;
    }

    /** Creates a user with a password chosen by whoever configured it (tests, a scripted first admin). */
    public void add(String username, Role role, String password) {
        insert(username, role, password, false);
    }

    public void changePassword(String username, String newPassword) {
        checkStrength(newPassword);
        jdbc.sql("UPDATE app_user SET password_hash = :hash, must_change_password = false WHERE username = :name")
                .param("hash", encoder.encode(newPassword)).param("name", username).update();
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE username = :name")
                .param("enabled", enabled).param("name", username).update();
    }

    public boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user)").query(Boolean.class).single();
    }

    public List<AppUser> all() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username").query(ROW).list();
    }

    public Optional<AppUser> find(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = :name").param("name", username).query(ROW).optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = :name").param("name", username)
                .query(String.class).optional();
    }

    private void insert(String username, Role role, String password, boolean oneTime) {
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new RunFailedException("user name '" + username + "' must be 2-64 letters, digits or . _ @ -");
        }
        checkStrength(password);
        int inserted = jdbc.sql("""
                INSERT INTO app_user (username, password_hash, role, must_change_password)
                VALUES (:name, :hash, :role, :oneTime) ON CONFLICT (username) DO NOTHING""")
                .param("name", name).param("hash", encoder.encode(password)).param("role", role.name())
                .param("oneTime", oneTime).update();
        if (inserted == 0) {
            throw new RunFailedException("user '" + name + "' already exists");
        }
    }

    private static void checkStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new RunFailedException("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
