package org.carefeed.feedback.account;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in person sets up their second factor: a secret for their app, then a code to confirm it. */
@RestController
class SecondFactorController {

    private final SecondFactors secondFactors;

    SecondFactorController(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    /** 201 with the secret and its otpauth URI, shown this once; 409 once a second factor is confirmed. */
    @PostMapping(path = "/api/account/second-factor", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SecondFactors.Enrolment> start(@AuthenticationPrincipal Account me) {
        return ResponseEntity.status(HttpStatus.CREATED).body(secondFactors.start(me));
    }

    record Confirmation(
            @NotBlank(message = "enter the code your authenticator app shows")
            @Size(max = 16, message = "must be 16 characters or fewer")
            String oneTimeCode) {
    }

    record RecoveryCodes(List<String> recoveryCodes) {
    }

    /** 200 with the recovery codes, shown this once; 400 naming {@code oneTimeCode} if it is not right. */
    @PostMapping(path = "/api/account/second-factor/confirm", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    RecoveryCodes confirm(@Valid @RequestBody Confirmation confirmation, @AuthenticationPrincipal Account me) {
        return new RecoveryCodes(secondFactors.confirm(me, confirmation.oneTimeCode()));
    }
}
