package org.carefeed.choice.admin;

import java.util.regex.Pattern;

import org.carefeed.platform.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Everything under {@code /api/admin} needs the administrator; everything else is open data. The API
 * is stateless: no session, no cookie, hence no CSRF token either.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AdminSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AdminSecurityConfiguration.class);
    static final String ADMIN = "ADMIN";
    /** A password given already encoded, as {@code {bcrypt}$2a$...}; anything else is a plain password. */
    private static final Pattern ENCODED = Pattern.compile("^\\{(bcrypt|argon2|pbkdf2|scrypt|noop)[^}]*}.+$");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized())
                        .accessDeniedHandler(forbidden()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService administrators(AdminProperties admin, PasswordEncoder encoder) {
        if (admin.password() == null || admin.password().isBlank()) {
            log.warn("No carefeed.admin.password is set: the admin API refuses every request.");
            return new InMemoryUserDetailsManager();
        }
        String password = ENCODED.matcher(admin.password()).matches() ? admin.password() : encoder.encode(admin.password());
        return new InMemoryUserDetailsManager(User.withUsername(admin.username()).password(password).roles(ADMIN).build());
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Carefeed admin\"");
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
                    "Sign in as the administrator to use the admin API.", request.getRequestURI());
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> ProblemResponses.write(response, HttpStatus.FORBIDDEN,
                "Only the administrator may use the admin API.", request.getRequestURI());
    }

}
