package org.psoportal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.psoportal.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in through the Vaadin login view; every view and every service method declares who may use it
 * (views through {@code @RolesAllowed}/{@code @PermitAll}, services through {@code @PreAuthorize}).
 */
@Configuration
@EnableWebSecurity
// Services use @PreAuthorize only. JSR-250 method security stays off on purpose: it would treat the
// @RolesAllowed/@PermitAll annotations of Vaadin views as method security and proxy the view beans.
@EnableMethodSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/icons/**", "/images/**", "/styles.css").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }
}
