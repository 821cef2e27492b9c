package io.github.cameltiktok;

import io.github.cameltiktok.client.account.TokenStore;
import org.apache.camel.spi.StateRepository;

/** The component's tokenRepository (a Camel StateRepository, e.g. a FileStateRepository) as the client's token store. */
final class StateRepositoryTokenStore implements TokenStore {

    private final StateRepository<String, String> repository;

    StateRepositoryTokenStore(StateRepository<String, String> repository) {
        this.repository = repository;
    }

    @Override
    public String get(String key) {
        return repository.getState(key);
    }

    @Override
    public void put(String key, String token) {
        repository.setState(key, token);
    }
}
