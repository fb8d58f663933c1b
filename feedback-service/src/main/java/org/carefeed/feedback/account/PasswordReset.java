package org.carefeed.feedback.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password set through a reset link an administrator issued. */
record PasswordReset(
        @NotBlank(message = "give the token from the reset link")
        @Size(max = 100, message = "is not a reset token")
        String token,

        @NotNull(message = "enter a new password")
        @AcceptablePassword
        String newPassword) {
}
