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
package io.github.cameltiktok.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

/** The probe's file: one line per question, no token and no account names, to attach to an issue. */
final class ProbeFile {

    private ProbeFile() {
    }

    static Path write(Path folder, List<Probe.Finding> findings, ProbeSession session, boolean stopped)
            throws IOException {
        Files.createDirectories(folder);
        StringBuilder md = new StringBuilder("# camel-tiktok probe\n\n");
        md.append("Run ").append(ZonedDateTime.now().withNano(0)).append(", ").append(session.advertisers().size())
                .append(" advertiser(s), ").append(session.requests()).append(" requests")
                .append(stopped ? ", stopped before the end" : "").append(". No token, no account names: advertisers"
                        + " are numbered, with the last digits of their ids.\n\n")
                .append("Each line settles one question TikTok's docs leave open (docs/unconfirmed.md of"
                        + " camel-tiktok): *confirmed* means TikTok answers as the component assumes, *contradicted*"
                        + " that it answers the other way (please attach this file to an issue), *not testable"
                        + " here* that this account cannot show it.\n\n")
                .append("| question | verdict | what the project assumes | evidence | request ids |\n")
                .append("|---|---|---|---|---|\n");
        for (Probe.Finding f : findings) {
            md.append("| `").append(f.id()).append("` | ").append(f.verdict().label).append(" | ")
                    .append(cell(f.assumption())).append(" | ").append(cell(f.evidence())).append(" | ")
                    .append(String.join(", ", f.requestIds())).append(" |\n");
        }
        Path file = folder.resolve(Probe.FILE);
        Files.writeString(file, md.toString());
        return file;
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
