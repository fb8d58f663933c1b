package org.carefeed.feedback.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A signed-in person changes their own password: the current one first. */
record PasswordChange(
        @NotBlank(message = "enter your current password")
        @HashablePassword
        String currentPassword,

        @NotNull(message = "enter a new password")
        @AcceptablePassword
        String newPassword) {
}
