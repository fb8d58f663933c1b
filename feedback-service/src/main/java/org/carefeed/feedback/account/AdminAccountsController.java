package org.carefeed.feedback.account;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators create, list, disable and re-enable accounts. Only ADMIN gets here (see security). */
@RestController
@RequestMapping(path = "/api/admin/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminAccountsController {

    private final Accounts accounts;

    AdminAccountsController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount request) {
        Account account = accounts.create(request);
        return ResponseEntity.created(URI.create("/api/admin/accounts/" + account.id())).body(AccountView.of(account));
    }

    @GetMapping
    List<AccountView> list() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    /** A disabled account cannot sign in, and the tokens it already holds stop working at once. */
    @PostMapping("/{id}/disable")
    AccountView disable(@PathVariable String id) {
        return AccountView.of(accounts.setDisabled(id, true));
    }

    @PostMapping("/{id}/enable")
    AccountView enable(@PathVariable String id) {
        return AccountView.of(accounts.setDisabled(id, false));
    }
}
