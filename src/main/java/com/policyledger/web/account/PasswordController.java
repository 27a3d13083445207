package com.policyledger.web.account;

import com.policyledger.RunFailedException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Choosing a new password: required after a one-time password, open to everyone otherwise. */
@Controller
class PasswordController {

    private final UserAccounts accounts;

    PasswordController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form() {
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam String password, @RequestParam String repeat, Principal principal, Model model,
            HttpServletRequest request) {
        if (!password.equals(repeat)) {
            model.addAttribute("error", "the two passwords differ");
            return "account/password";
        }
        try {
            accounts.changePassword(principal.getName(), password);
        } catch (RunFailedException e) {
            model.addAttribute("error", e.getMessage());
            return "account/password";
        }
        refreshAuthorities(principal.getName(), request);
        return "redirect:/queue?passwordChanged";
    }

    /** The session still carries "must change password"; replace it with the user's current authorities. */
    private void refreshAuthorities(String username, HttpServletRequest request) {
        AppUser user = accounts.find(username).orElseThrow();
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        Authentication updated = UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null,
                DatabaseUserDetailsService.authorities(user));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }
}
