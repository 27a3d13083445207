package com.policyledger.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is logged in, for the header of every page. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    String currentUser(Authentication authentication) {
        return authentication == null ? null : authentication.getName();
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }
}
