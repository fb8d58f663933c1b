package org.carefeed.feedback.auth;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carefeed.feedback.account.Account;
import org.carefeed.feedback.account.Accounts;
import org.carefeed.feedback.account.Role;
import org.carefeed.platform.tokens.BearerTokens;
import org.carefeed.platform.web.ProblemResponses;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what. Patients need no account: submitting, reporting and the private links are open
 * (and rate-limited). Everything that shows private feedback or changes someone else's needs a bearer
 * token and a role; which provider's data a staff member may reach is checked by {@link ProviderAccess}.
 * The API is stateless: no session and no cookie, hence no CSRF token either.
 * <p>
 * The one page post that stores something, the review form's submit, needs a CSRF token: the double-submit
 * kind, its value in a cookie of the site (path /review, HttpOnly, SameSite=Strict) and in the form. Another
 * site can neither read nor set that cookie, so it cannot forge the post; nothing is kept on the server, so it
 * works whichever instance serves each page. The question pages before it change nothing, so need none.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AuthProperties.class, SignInThrottleProperties.class})
class SecurityConfiguration {

    private static final String STAFF = Role.STAFF.name();
    private static final String MODERATOR = Role.MODERATOR.name();
    private static final String ADMIN = Role.ADMIN.name();
    /** The review form's submit (review.web.ReviewPagesController), and where a post without its token goes. */
    private static final String REVIEW_SUBMIT = "/review/submit";
    private static final String REVIEW_FORM_EXPIRED = "/review/form-expired";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts, SecondFactorPolicy secondFactors)
            throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        .requestMatchers("/api/account/**").authenticated()
                        .requestMatchers("/api/moderation/**").hasRole(MODERATOR)
                        .requestMatchers("/api/providers/*/feedback", "/api/providers/*/feedback/**").hasRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/reviews/*/response").hasRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/complaints/*/status").hasRole(STAFF)
                        .anyRequest().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(activeAccount(accounts, secondFactors)))
                        .authenticationEntryPoint(unauthorized()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized())
                        .accessDeniedHandler(forbidden()))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(formCookie())
                        .requireCsrfProtectionMatcher(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, REVIEW_SUBMIT)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Only a token of an account that exists, is not disabled and has not changed its password since
     * counts; roles come from the account now, and only if the token was obtained with the one-time
     * code the account needs.
     */
    private static Converter<Jwt, AbstractAuthenticationToken> activeAccount(Accounts accounts,
            SecondFactorPolicy secondFactors) {
        return jwt -> accounts.active(jwt.getSubject())
                .filter(account -> account.acceptsTokenOf(jwt.getClaim(BearerTokens.PASSWORD_STAMP)))
                .map(account -> new AccountAuthentication(account, secondFactors.reachesRoles(account,
                        TokenIssuer.signedInWithCode(jwt))))
                .orElseThrow(() -> new InvalidBearerTokenException(
                        "The account of this token is disabled, or its password has changed since: sign in again."));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Checked at start-up: without a signing key (or the explicit development switch) the service does not start. */
    @Bean
    TokenKeys tokenKeys(AuthProperties properties) {
        return TokenKeys.from(properties);
    }

    @Bean
    JwtEncoder jwtEncoder(TokenKeys keys) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signing())));
    }

    /** Tokens of every configured key are accepted, so a key can be replaced while tokens it signed last. */
    @Bean
    JwtDecoder jwtDecoder(TokenKeys keys, AuthProperties properties) {
        return BearerTokens.decoder(keys.verification(), properties.issuer());
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"carefeed\"");
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
                    "Sign in first: send a bearer token from POST /api/auth/token. A token lasts a short while.",
                    request.getRequestURI());
        };
    }

    /** The review form's token cookie: read only by the server, sent only with the site's own pages. */
    private static CsrfTokenRepository formCookie() {
        CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();
        cookies.setCookieName("carefeed-review-form");
        cookies.setParameterName("formToken");
        cookies.setCookiePath("/review");
        cookies.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return cookies;
    }

    private static AccessDeniedHandler forbidden() {
        AccessDeniedHandlerImpl formExpiredPage = new AccessDeniedHandlerImpl();
        formExpiredPage.setErrorPage(REVIEW_FORM_EXPIRED);
        return (request, response, exception) -> {
            if (exception instanceof CsrfException) {
                formExpiredPage.handle(request, response, exception);
                return;
            }
            forbiddenProblem(request, response);
        };
    }

    private static void forbiddenProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemResponses.write(response, HttpStatus.FORBIDDEN,
                SecurityContextHolder.getContext().getAuthentication() instanceof AccountAuthentication signedIn
                        && signedIn.awaitsSecondFactor()
                        ? "Your account needs a second factor: set it up with POST /api/account/second-factor and "
                                + "POST /api/account/second-factor/confirm, then sign in again with a one-time code."
                        : "Your account does not have the role this needs.", request.getRequestURI());
    }
}
