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
package io.github.cameltiktok.client.read;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetricValuesTest {

    @Test
    void integersBecomeLongsAndDecimalsKeepTheirScale() {
        assertThat(MetricValues.parse("1000")).isEqualTo(1000L);
        assertThat(MetricValues.parse("-3")).isEqualTo(-3L);
        assertThat(MetricValues.parse("12.50")).isEqualTo(new BigDecimal("12.50"));
        assertThat(MetricValues.parse("0.00")).isEqualTo(new BigDecimal("0.00"));
        // larger than a long: still a number, never an overflow
        assertThat(MetricValues.parse("123456789012345678901")).isEqualTo(new BigDecimal("123456789012345678901"));
    }

    @Test
    void parsesASliceOfTheParsersBuffer() {
        char[] buffer = "xx1234|-0.50|-|99999999999999999999|abc".toCharArray();
        assertThat(MetricValues.parse(buffer, 2, 4)).isEqualTo(1234L);
        assertThat(MetricValues.parse(buffer, 7, 5)).isEqualTo(new BigDecimal("-0.50"));
        assertThat(MetricValues.parse(buffer, 13, 1)).isNull();
        assertThat(MetricValues.parse(buffer, 15, 20)).isEqualTo(new BigDecimal("99999999999999999999"));
        assertThat(MetricValues.parse(buffer, 36, 3)).isEqualTo("abc");
        assertThat(MetricValues.parse(buffer, 0, 0)).isNull();
    }

    @Test
    void placeholdersBecomeNullAndTextStaysText() {
        assertThat(MetricValues.parse("-")).isNull();
        assertThat(MetricValues.parse("")).isNull();
        assertThat(MetricValues.parse("Spring sale")).isEqualTo("Spring sale");
        assertThat(MetricValues.text("-")).isNull();
        assertThat(MetricValues.text("1790000000000000001")).isEqualTo("1790000000000000001");
    }
}
