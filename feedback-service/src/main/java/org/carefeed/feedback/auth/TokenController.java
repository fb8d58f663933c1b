package org.carefeed.feedback.auth;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.carefeed.feedback.account.Account;
import org.carefeed.feedback.account.Accounts;
import org.carefeed.feedback.account.SecondFactors;
import org.carefeed.platform.web.ClientAddresses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchanges an email and password, and a one-time code once the account has a second factor, for a
 * short-lived bearer token. Repeated failures, a wrong or missing code as much as a wrong password,
 * slow further attempts down (see {@link SignInThrottle}); no account is ever locked.
 */
@RestController
class TokenController {

    private final Accounts accounts;
    private final SecondFactors secondFactors;
    private final SecondFactorPolicy policy;
    private final TokenIssuer issuer;
    private final SignInThrottle throttle;
    private final ClientAddresses clients;

    TokenController(Accounts accounts, SecondFactors secondFactors, SecondFactorPolicy policy, TokenIssuer issuer,
            SignInThrottle throttle, ClientAddresses clients) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.policy = policy;
        this.issuer = issuer;
        this.throttle = throttle;
        this.clients = clients;
    }

    @PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    TokenIssuer.TokenResponse token(@Valid @RequestBody SignInRequest request, HttpServletRequest http) {
        String address = clients.of(http);
        SignInThrottle.Attempt attempt = throttle.begin(request.email(), address);
        if (!attempt.allowed()) {
            throw tooSoon(attempt.retryAfter());
        }
        SignInThrottle.Result result = SignInThrottle.Result.ABANDONED;
        try {
            Account account = accounts.signIn(request.email(), request.password())
                    .filter(signedIn -> !signedIn.hasSecondFactor() || secondFactors.passes(signedIn, request.oneTimeCode()))
                    .orElse(null);
            result = account == null ? SignInThrottle.Result.FAILED : SignInThrottle.Result.SUCCEEDED;
            if (account == null) {
                // One answer for every failure, so it tells neither whether an account exists nor
                // whether the password was right when the code was not.
                throw new ErrorResponseException(HttpStatus.UNAUTHORIZED, ProblemDetail.forStatusAndDetail(
                        HttpStatus.UNAUTHORIZED, "The email address, password or one-time code is not right, or the "
                                + "account is disabled."), null);
            }
            boolean withCode = account.hasSecondFactor();
            return issuer.issue(account, withCode, policy.reachesRoles(account, withCode));
        } finally {
            throttle.finish(attempt, result);
        }
    }

    private static ErrorResponseException tooSoon(Duration wait) {
        ErrorResponseException tooSoon = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS,
                ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts to sign in from "
                        + "here have failed. Try again in " + wait.toSeconds() + " seconds."), null);
        tooSoon.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(wait.toSeconds()));
        return tooSoon;
    }
}
