package org.carefeed.feedback.account;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators create, list, disable and re-enable accounts, change their access, issue password
 * reset links, reset second factors, and export the audit trail. Only ADMIN gets here (see security).
 */
@RestController
@RequestMapping(path = "/api/admin/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminAccountsController {

    private final Accounts accounts;
    private final SecondFactors secondFactors;
    private final AccountAudit audit;

    AdminAccountsController(Accounts accounts, SecondFactors secondFactors, AccountAudit audit) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.audit = audit;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount request, @AuthenticationPrincipal Account admin) {
        Account account = accounts.create(request, admin);
        return ResponseEntity.created(URI.create("/api/admin/accounts/" + account.id())).body(AccountView.of(account));
    }

    @GetMapping
    List<AccountView> list() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    /** A disabled account cannot sign in, and the tokens it already holds stop working at once. */
    @PostMapping("/{id}/disable")
    AccountView disable(@PathVariable String id, @AuthenticationPrincipal Account admin) {
        return AccountView.of(accounts.setDisabled(id, true, admin));
    }

    @PostMapping("/{id}/enable")
    AccountView enable(@PathVariable String id, @AuthenticationPrincipal Account admin) {
        return AccountView.of(accounts.setDisabled(id, false, admin));
    }

    /** Replaces the roles and providers; the account's tokens carry the new access from their next request. */
    @PutMapping(path = "/{id}/access", consumes = MediaType.APPLICATION_JSON_VALUE)
    AccountView changeAccess(@PathVariable String id, @Valid @RequestBody AccessChange change,
            @AuthenticationPrincipal Account admin) {
        return AccountView.of(accounts.changeAccess(id, change, admin));
    }

    /**
     * A single-use token, valid for {@code carefeed.accounts.reset-link-lifetime}, for the owner to set a
     * new password with {@code POST /api/auth/password-reset}. Shown once: only its hash is kept.
     */
    @PostMapping("/{id}/reset-link")
    ResponseEntity<PasswordResets.Issued> resetLink(@PathVariable String id, @AuthenticationPrincipal Account admin) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.issueResetLink(id, admin));
    }

    /** Removes the account's second factor (a lost phone); its owner enrols again at the next sign-in. */
    @PostMapping("/{id}/second-factor/reset")
    AccountView resetSecondFactor(@PathVariable String id, @AuthenticationPrincipal Account admin) {
        return AccountView.of(secondFactors.reset(id, admin));
    }

    /** Every account change, oldest first, as CSV. */
    @GetMapping(path = "/audit", produces = "text/csv")
    void auditCsv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"account-audit.csv\"");
        audit.writeCsv(response.getWriter());
    }
}
