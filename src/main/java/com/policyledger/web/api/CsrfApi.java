package com.policyledger.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For clients using the session cookie: the token to send (as the named header) with each POST. */
@RestController
@Tag(name = "session")
class CsrfApi {

    record Token(String headerName, String token) {
    }

    @GetMapping("/api/csrf")
    @Operation(summary = "The CSRF token for POSTs made with the session cookie (not needed with basic auth)")
    Token csrf(CsrfToken token) {
        return new Token(token.getHeaderName(), token.getToken());
    }
}
