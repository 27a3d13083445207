package com.policyledger.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.policyledger.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class OneTimePasswordLoginTest extends DatabaseTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAccounts accounts;

    @Autowired
    FirstAdmin firstAdmin;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        accounts.add("carol", Role.ANALYST, "correct horse battery");

        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'carol'").query(String.class)
                .single();
        assertThat(hash).startsWith("$2a$10$").doesNotContain("correct horse");
    }

    @Test
    void theFirstAdminGetsAOneTimePasswordOnlyWhenThereIsNoUser() {
        assertThat(firstAdmin.ensure()).hasValueSatisfying(line -> assertThat(line).contains("one-time password"));
        assertThat(firstAdmin.ensure()).isEmpty();
        assertThat(accounts.find("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void aOneTimePasswordOpensNothingButThePasswordPageUntilItIsReplaced() throws Exception {
        String oneTime = accounts.addWithOneTimePassword("dave", Role.ANALYST);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("dave").password(oneTime))
                .andExpect(redirectedUrl("/queue")).andReturn().getRequest().getSession();

        mvc.perform(get("/queue").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/flags").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("password", "a much better one").param("repeat", "a much better one"))
                .andExpect(redirectedUrl("/queue?passwordChanged"));

        mvc.perform(get("/queue").session(session)).andExpect(status().isOk());
        mvc.perform(formLogin().user("dave").password(oneTime)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("dave").password("a much better one")).andExpect(redirectedUrl("/queue"));
    }

    @Test
    void onlyAdminsManageUsersAndMergePolicies() throws Exception {
        accounts.add("erin", Role.ANALYST, "analyst password");
        accounts.add("frank", Role.ADMIN, "admin password!");
        MockHttpSession analyst = login("erin", "analyst password");
        MockHttpSession admin = login("frank", "admin password!");

        mvc.perform(get("/admin/users").session(analyst)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/policies/merge").session(analyst).with(csrf()).param("merged", "2").param("into", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").session(admin)).andExpect(status().isOk());
        mvc.perform(post("/admin/users").session(admin).with(csrf()).param("username", "gina").param("role", "ANALYST"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.find("gina").orElseThrow().mustChangePassword()).isTrue();
    }

    @Test
    void aDisabledUserCannotLogIn() throws Exception {
        accounts.add("hank", Role.ANALYST, "hank's password");
        accounts.setEnabled("hank", false);
        mvc.perform(formLogin().user("hank").password("hank's password")).andExpect(redirectedUrl("/login?error"));
    }

    private MockHttpSession login(String user, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(user).password(password))
                .andExpect(redirectedUrl("/queue")).andReturn().getRequest().getSession();
    }
}
