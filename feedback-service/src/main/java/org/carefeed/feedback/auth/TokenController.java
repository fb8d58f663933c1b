package org.carefeed.feedback.auth;

import jakarta.validation.Valid;
import org.carefeed.feedback.account.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges an email and password for a short-lived bearer token. */
@RestController
class TokenController {

    private final Accounts accounts;
    private final TokenIssuer issuer;
    TokenController(Accounts accounts, TokenIssuer issuer) {
        this.accounts = accounts;
        this.issuer = issuer;
    }

    @PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    TokenIssuer.TokenResponse token(@Valid @RequestBody SignInRequest request) {
        return accounts.signIn(request.email(), request.password())
                .map(issuer::issue)
                // One answer for every failure, so it does not tell whether an account exists.
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.UNAUTHORIZED,
                        ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                                "The email address or password is not right, or the account is disabled. After "
                                        + "repeated failures an account is locked for " + accounts.lockFor().toMinutes() + " minutes."),
                        null));
    }
}
