package dev.stepproof.toolkit.model;

import java.util.List;

/**
 * The {@code ReaderConfig} of an {@link ItemReader}. Enumerated values are kept as the definition's strings
 * because AWS keeps adding input types; the validator checks them.
 *
 * @param inputType         {@code InputType} (JSON, JSONL, CSV, MANIFEST, PARQUET, ...), or null
 * @param csvHeaderLocation {@code CSVHeaderLocation} (FIRST_ROW or GIVEN), or null
 * @param csvHeaders        {@code CSVHeaders}; never null, empty when absent
 * @param csvDelimiter      {@code CSVDelimiter}, or null
 * @param maxItems          {@code MaxItems}, or null (0 and absent mean no limit)
 * @param maxItemsPath      {@code MaxItemsPath}, or null
 * @since 0.1.0
 */
public record ReaderConfig(String inputType, String csvHeaderLocation, List<String> csvHeaders, String csvDelimiter,
                           NumberOrExpression maxItems, String maxItemsPath) {

    public ReaderConfig {
        csvHeaders = ModelCopies.list(csvHeaders);
    }
}
