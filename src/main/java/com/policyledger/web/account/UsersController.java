package com.policyledger.web.account;

import com.policyledger.RunFailedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN: who can log in. New users get a one-time password shown once on this page. */
@Controller
class UsersController {

    private final UserAccounts accounts;

    UsersController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String add(@RequestParam String username, @RequestParam Role role, RedirectAttributes redirect) {
        try {
            String password = accounts.addWithOneTimePassword(username, role);
            redirect.addFlashAttribute("message", "created " + username + " (" + role + ") with one-time password "
                    + password + ": hand it over now, it is not shown again");
        } catch (RunFailedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        accounts.setEnabled(username, enabled);
        redirect.addFlashAttribute("message", (enabled ? "enabled " : "disabled ") + username);
        return "redirect:/admin/users";
    }
}
