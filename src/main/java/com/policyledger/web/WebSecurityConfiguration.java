package com.policyledger.web;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything needs a login except the login page and the style sheet. Pages redirect to the login
 * form; the JSON API and its OpenAPI description answer 401 instead, which scripts can act on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/v3/api-docs/**"));
        // After the login form, go back to the page asked for, never to an API response or a style sheet.
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(new NegatedRequestMatcher(new OrRequestMatcher(api, path.matcher("/css/**"),
                path.matcher("/js/**"), path.matcher("/favicon.ico"), path.matcher("/error"))));
        http.requestCache(cache -> cache.requestCache(requestCache))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/admin/**", "/api/admin/**").hasRole("ADMIN")
                        .anyRequest().hasRole("ANALYST"))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/queue", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // Scripts calling the API may send their credentials with each request.
                .httpBasic(withDefaults())
                // A cross-site form cannot set an Authorization header, so such requests need no CSRF token;
                // every request riding on the session cookie does.
                .csrf(csrf -> csrf.ignoringRequestMatchers(new RequestHeaderRequestMatcher("Authorization")))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api));
        return http.build();
    }
}
