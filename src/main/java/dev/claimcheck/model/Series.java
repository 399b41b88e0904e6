package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/** A statistical series from a reference file: one value per period and vintage. */
public class Series extends LocatedFact {
    @JsonProperty(required = true)
    private String id;
    @JsonProperty(required = true)
    private String title;
    private String note;
    /** May be left out for a series known only through an identity (a balance no table prints). */
    private List<Observation> observations = new ArrayList<>();
    /** Cited statements that a period was the series' record so far. */
    private List<SeriesRecord> records = new ArrayList<>();
    /** For an exchange-rate series, which currency per which: {@code {unit: yuan, per: US$}}. */
    private RateDeclaration rate;
    @JsonIgnore
    private ExchangeRate exchangeRate;

    /** The currencies of an exchange-rate series as written; checked at load (see load/ReferenceUnits). */
    public static final class RateDeclaration {
        @JsonProperty(required = true)
        private String unit;
        @JsonProperty(required = true)
        private String per;

        public String getUnit() {
            return unit;
        }

        public String getPer() {
            return per;
        }
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getNote() {
        return note;
    }

    public List<Observation> getObservations() {
        return observations;
    }

    public List<SeriesRecord> getRecords() {
        return records;
    }

    /** The declared currencies as written, or null for a series that is not an exchange rate. */
    public RateDeclaration getRate() {
        return rate;
    }

    /**
     * The exchange rate this series gives, or null when it declares none. Only for a series whose
     * currencies passed the load checks: both name a currency.
     */
    public ExchangeRate getExchangeRate() {
        if (exchangeRate == null && rate != null) {
            exchangeRate = new ExchangeRate(id, ExchangeRate.currency(rate.unit).orElseThrow(),
                    ExchangeRate.currency(rate.per).orElseThrow());
        }
        return exchangeRate;
    }
}
