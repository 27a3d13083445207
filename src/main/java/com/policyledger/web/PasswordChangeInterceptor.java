package com.policyledger.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/** A user logged in with a one-time password sees nothing but the page to replace it. */
class PasswordChangeInterceptor implements HandlerInterceptor {

    static final String REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean required = auth != null && auth.getAuthorities().stream().anyMatch(a -> REQUIRED.equals(a.getAuthority()));
        if (!required) {
            return true;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "change your one-time password first");
        } else {
            response.sendRedirect(request.getContextPath() + "/account/password");
        }
        return false;
    }
}
