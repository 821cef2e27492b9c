/*
 * Copyright 2026 The camel-tiktok authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
