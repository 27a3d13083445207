package com.policyledger.web.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, in every context: the web app checks passwords, {@code users add} sets them. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /** bcrypt at its default cost (10): ~80 ms a login here, slow enough to make a stolen table expensive. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
