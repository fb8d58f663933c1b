package org.carefeed.feedback.account;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What a signed-in person does with their own account, and the reset link anyone holding one may use. */
@RestController
class MyAccountController {

    private final Accounts accounts;

    MyAccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** 204 once changed; 400 naming {@code currentPassword} if it is not right. */
    @PostMapping(path = "/api/account/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange change, @AuthenticationPrincipal Account me) {
        accounts.changePassword(me, change);
        return ResponseEntity.noContent().build();
    }

    /** 204 once set; 422 naming {@code token} if the link has expired or been used. */
    @PostMapping(path = "/api/auth/password-reset", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> resetPassword(@Valid @RequestBody PasswordReset reset) {
        accounts.resetPassword(reset);
        return ResponseEntity.noContent().build();
    }
}
