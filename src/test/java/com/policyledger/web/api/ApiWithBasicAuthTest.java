package com.policyledger.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.policyledger.review.ReviewFixtures;
import com.policyledger.support.DatabaseTest;
import com.policyledger.web.account.Role;
import com.policyledger.web.account.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A script using the API with basic credentials, on the real database. */
class ApiWithBasicAuthTest extends DatabaseTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAccounts accounts;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        accounts.add("script", Role.ANALYST, "script password");
    }

    @Test
    void aScriptDecidesAFlagWithBasicCredentialsAndNoCsrfToken() throws Exception {
        ReviewFixtures fixtures = new ReviewFixtures(jdbc);
        long flag = fixtures.flag(fixtures.document('c', "cigna.pdf", "Cigna"), "MALFORMED_CODE", "0552T.1", "r8");

        mvc.perform(get("/api/flags").with(httpBasic("script", "script password")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
        mvc.perform(post("/api/flags/" + flag + "/decision").with(httpBasic("script", "script password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"REJECTED\",\"field\":\"NOT_A_CODE\",\"comment\":\"a citation\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decidedBy").value("script"));

        assertThat(fixtures.status(flag)).isEqualTo("REJECTED");
    }

    @Test
    void wrongCredentialsAre401() throws Exception {
        mvc.perform(get("/api/flags").with(httpBasic("script", "guess"))).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDescriptionNeedsALoginAndDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").with(httpBasic("script", "script password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/flags/{id}/decision'].post").exists())
                .andExpect(jsonPath("$.paths['/api/policies/{id}/diff'].get").exists());
    }
}
