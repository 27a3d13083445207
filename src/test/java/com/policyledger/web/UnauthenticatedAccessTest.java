package com.policyledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.policyledger.support.DatabaseTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every page and endpoint the app maps, asked for without logging in, is refused. */
class UnauthenticatedAccessTest extends DatabaseTest {

    /** The login form must be reachable, and /error only renders the error of another request. */
    private static final Set<String> PUBLIC = Set.of("/login", "/error");

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void everyMappedPageAndEndpointIsRefusedWithoutALogin() throws Exception {
        List<String> checked = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (PUBLIC.contains(pattern)) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                        : methods) {
                    MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders
                            .request(HttpMethod.valueOf(method.name()), path)
                            .accept("text/html")).andReturn().getResponse();
                    assertRefused(method + " " + path, response);
                    checked.add(method + " " + path);
                }
            }
        }
        assertThat(checked).contains("GET /queue", "POST /flags/1/decision", "GET /admin/users");
    }

    @Test
    void theApiAndItsDescriptionAnswer401() throws Exception {
        for (String path : List.of("/api/flags", "/api/policies", "/v3/api-docs", "/swagger-ui/index.html")) {
            int status = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(401, 302);
        }
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/flags")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
    }

    @Test
    void pagesRedirectToTheLoginForm() throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/queue").accept("text/html"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }

    private static void assertRefused(String request, MockHttpServletResponse response) {
        boolean toLogin = response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login");
        // A POST without a CSRF token is refused before authentication is even considered.
        boolean refused = toLogin || response.getStatus() == 401 || response.getStatus() == 403;
        assertThat(refused).as(request + " answered " + response.getStatus() + " " + response.getRedirectedUrl())
                .isTrue();
    }
}
