package org.carefeed.choice.admin;

import java.security.interfaces.ECPublicKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.carefeed.choice.account.KnownAccount;
import org.carefeed.choice.account.KnownAccounts;
import org.carefeed.choice.opendata.OpenDataCors;
import org.carefeed.platform.tokens.BearerTokens;
import org.carefeed.platform.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Everything under {@code /api/admin} needs an account with the ADMIN role, signed in on
 * feedback-service: its bearer token, checked with the configured public keys, of an account that
 * feedback-service has announced, is enabled and has not changed its password since. Everything else
 * is open data, readable from any site ({@link OpenDataCors}). The API is stateless: no session, no cookie,
 * hence no CSRF token either.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(TokenProperties.class)
class AdminSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AdminSecurityConfiguration.class);
    static final String ADMIN = "ADMIN";

    static final String MISSING = "No key to check tokens with. Set carefeed.auth.verification-keys[0].id and "
            + "carefeed.auth.verification-keys[0].public-key (environment: CAREFEED_AUTH_VERIFICATION_KEYS_0_ID and "
            + "CAREFEED_AUTH_VERIFICATION_KEYS_0_PUBLIC_KEY) to the key id and EC P-256 public key (PEM) that "
            + "feedback-service signs tokens with; the README says how. For development only, "
            + "carefeed.auth.generate-key=true starts without keys, and the admin API then accepts no token.";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, KnownAccounts accounts) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        .anyRequest().permitAll())
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(adminPathsOnly())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(announcedAccount(accounts)))
                        .authenticationEntryPoint(unauthorized()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized())
                        .accessDeniedHandler(forbidden()))
                .cors(cors -> cors.configurationSource(OpenDataCors.source()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Bearer tokens are read as feedback-service's only under {@code /api/admin}: elsewhere a bearer
     * token is another feature's own (a webhook's management token), never a sign-in.
     */
    private static BearerTokenResolver adminPathsOnly() {
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        return request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/admin")
                ? tokens.resolve(request) : null;
    }

    /** Refuses to start without a key, unless the development switch says to go without. */
    @Bean
    JwtDecoder jwtDecoder(TokenProperties properties) {
        Map<String, ECPublicKey> keys = BearerTokens.verificationKeys(properties.verificationKeys());
        if (keys.isEmpty() && !properties.generateKey()) {
            throw new IllegalStateException(MISSING);
        }
        if (keys.isEmpty()) {
            log.warn("carefeed.auth.generate-key is on and no verification key is configured: the admin API "
                    + "accepts no token. Never in production.");
        }
        return BearerTokens.decoder(keys, properties.issuer());
    }

    /**
     * A valid signature is not enough: the account must be one feedback-service announced, still
     * enabled, with the password the token was obtained with. Its roles are those both the token and
     * the latest announcement give, so a role taken away since the token was issued is gone at once.
     */
    private static Converter<Jwt, AbstractAuthenticationToken> announcedAccount(KnownAccounts accounts) {
        return jwt -> {
            KnownAccount account = accounts.find(jwt.getSubject())
                    .filter(known -> known.accepts(jwt.getClaim(BearerTokens.PASSWORD_STAMP)))
                    .orElseThrow(() -> new InvalidBearerTokenException("The account of this token is unknown here, "
                            + "disabled, or its password has changed since: sign in again."));
            List<SimpleGrantedAuthority> authorities = rolesOf(jwt).stream().filter(account.roles()::contains)
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
            return new JwtAuthenticationToken(jwt, authorities, account.id());
        };
    }

    private static Collection<String> rolesOf(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(BearerTokens.ROLES);
        return roles == null ? List.of() : roles;
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"carefeed\"");
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
                    "Sign in first: send a bearer token from feedback-service's POST /api/auth/token, of an account "
                            + "with the ADMIN role. A token lasts a short while.", request.getRequestURI());
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> ProblemResponses.write(response, HttpStatus.FORBIDDEN,
                "Only accounts with the ADMIN role may use the admin API.", request.getRequestURI());
    }
}
