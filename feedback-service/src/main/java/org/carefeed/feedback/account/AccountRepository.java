package org.carefeed.feedback.account;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AccountRepository extends MongoRepository<Account, String> {

    Optional<Account> findByEmail(String email);
}
