package org.carefeed.feedback.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carefeed.feedback.account.HashablePassword;

record SignInRequest(
        @NotBlank(message = "enter your email address")
        @Size(max = 254, message = "must be 254 characters or fewer")
        String email,

        @NotBlank(message = "enter your password")
        @HashablePassword
        String password,

        /** The code the authenticator app shows, or a recovery code; needed once a second factor is set up. */
        @Size(max = 32, message = "must be 32 characters or fewer")
        String oneTimeCode) {
}
