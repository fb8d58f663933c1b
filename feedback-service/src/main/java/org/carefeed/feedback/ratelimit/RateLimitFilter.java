package org.carefeed.feedback.ratelimit;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carefeed.platform.web.ClientAddresses;
import org.carefeed.platform.web.ProblemResponses;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits sign-in attempts and anonymous submissions per client address (the review form's submit,
 * {@code /review/submit}, counts as a submission like {@code POST /api/reviews}). Runs before everything else,
 * so a refused request costs no password check and no database work.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitFilter extends OncePerRequestFilter {

    private static final Pattern REPORTS = Pattern.compile("^/api/reviews/[^/]+/reports/?$");

    private final SharedWindowLimiter signIn;
    private final SharedWindowLimiter submissions;
    private final ClientAddresses clients;

    RateLimitFilter(RateLimitProperties properties, MongoTemplate mongo, ClientAddresses clients, Clock clock) {
        this.signIn = new SharedWindowLimiter(mongo, "sign-in", properties.signIn().requests(),
                properties.signIn().per(), clock);
        this.submissions = new SharedWindowLimiter(mongo, "submissions", properties.submissions().requests(),
                properties.submissions().per(), clock);
        this.clients = clients;
        mongo.indexOps(SharedWindowLimiter.COLLECTION).createIndex(
                new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO).named("expired_windows"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = limiterFor(request)
                .flatMap(limiter -> limiter.acquire(clients.of(request)));
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests from your address. Try again in " + seconds + " seconds.",
                    request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<SharedWindowLimiter> limiterFor(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return Optional.empty();
        }
        // The container's decoded, normalised path without ;parameters, so /api/auth/token;x=1 counts too.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        // Every request that checks a password or a reset token, so neither can be guessed at speed.
        if (path.equals("/api/auth/token") || path.equals("/api/auth/password-reset") || path.equals("/api/account/password")) {
            return Optional.of(signIn);
        }
        if (path.equals("/api/reviews") || path.equals("/review/submit") || path.equals("/api/complaints") || REPORTS.matcher(path).matches()) {
            return Optional.of(submissions);
        }
        return Optional.empty();
    }
}
