package org.psoportal.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psoportal.shared.UserMessageException;

/** The rules of request forms, field kind by field kind, and form versions: plain functions, no Spring. */
class FormRulesTest {

    static FormField field(String key, String label, FieldKind kind, boolean required) {
        return new FormField(key, label, kind, required, null, null, null, List.of());
    }

    static final FormField AMOUNT = new FormField(
            "f1",
            "Amount",
            FieldKind.MONEY,
            true,
            null,
            new BigDecimal("0.01"),
            new BigDecimal("5000"),
            List.of("EUR", "CHF"));

    private static Optional<FieldProblem> check(FormField f, String value) {
        return FormRules.checkField(f, value);
    }

    private static String message(FormField f, String value) {
        FieldProblem p = check(f, value).orElseThrow();
        return p.messageKey() + " " + List.of(p.args());
    }

    @Test
    void requiredFieldsNameTheFieldWhenEmpty() {
        FormField supplier = field("f2", "Supplier", FieldKind.SHORT_TEXT, true);
        assertThat(message(supplier, null)).isEqualTo("request.field.required [Supplier]");
        assertThat(message(supplier, "   ")).isEqualTo("request.field.required [Supplier]");
        assertThat(check(field("f2", "Supplier", FieldKind.SHORT_TEXT, false), ""))
                .isEmpty();
        assertThat(message(field("f3", "Receipt", FieldKind.ATTACHMENT, true), ""))
                .isEqualTo("request.field.attachment [Receipt]");
        assertThat(check(field("f3", "Receipt", FieldKind.ATTACHMENT, true), "receipt.pdf"))
                .isEmpty();
    }

    @Test
    void amountsOfMoneyHaveACurrencyCentsAndLimits() {
        assertThat(check(AMOUNT, "42.50 EUR")).isEmpty();
        assertThat(check(AMOUNT, "42,5 CHF")).isEmpty();
        assertThat(message(AMOUNT, "0 EUR")).isEqualTo("request.field.min [Amount, 0.01]");
        assertThat(message(AMOUNT, "5000.01 EUR")).isEqualTo("request.field.max [Amount, 5000]");
        assertThat(message(AMOUNT, "12.345 EUR")).isEqualTo("request.field.cents [Amount]");
        assertThat(message(AMOUNT, "12 USD")).isEqualTo("request.field.currency [Amount, EUR, CHF]");
        assertThat(message(AMOUNT, "twelve EUR")).isEqualTo("request.field.money [Amount]");
        assertThat(message(AMOUNT, "12")).isEqualTo("request.field.money [Amount]");
        assertThat(FormRules.check(new FormDefinition(List.of(AMOUNT)), Map.of("f1", " 42,5 CHF")))
                .containsEntry("f1", "42.50 CHF");
    }

    @Test
    void numbersDatesChoicesAndPeople() {
        FormField hours = new FormField(
                "f1", "Hours", FieldKind.NUMBER, true, null, BigDecimal.ZERO, new BigDecimal("24"), List.of());
        assertThat(check(hours, "7.5")).isEmpty();
        assertThat(message(hours, "-1")).isEqualTo("request.field.min [Hours, 0]");
        assertThat(message(hours, "25")).isEqualTo("request.field.max [Hours, 24]");
        assertThat(message(hours, "1e3")).isEqualTo("request.field.number [Hours]");

        FormField date = field("f2", "Date of purchase", FieldKind.DATE, true);
        assertThat(check(date, "2026-11-30")).isEmpty();
        assertThat(message(date, "30.11.2026")).isEqualTo("request.field.date [Date of purchase]");

        FormField system =
                new FormField("f3", "System", FieldKind.CHOICE, true, null, null, null, List.of("SAP", "Jira"));
        assertThat(check(system, "SAP")).isEmpty();
        assertThat(message(system, "sap")).isEqualTo("request.field.choice [System]");

        FormField person = field("f4", "For whom", FieldKind.PERSON, true);
        assertThat(check(person, "42")).isEmpty();
        assertThat(message(person, "Ada")).isEqualTo("request.field.person [For whom]");
    }

    @Test
    void longTextsUpToTenThousandCharactersEmojiAndRightToLeftAreKeptExactly() {
        FormField details = field("f1", "Details", FieldKind.LONG_TEXT, true);
        String tenThousand = "x".repeat(9_998) + "😀\n";
        assertThat(tenThousand.codePointCount(0, tenThousand.length())).isEqualTo(10_000);
        assertThat(check(details, tenThousand)).isEmpty();
        assertThat(message(details, tenThousand + "y")).isEqualTo("request.field.tooLong [Details, 10000]");

        String rtl = "  שלום עולם – مرحبا 👩‍💻\nsecond line  ";
        FormDefinition form = new FormDefinition(List.of(details));
        assertThat(FormRules.check(form, Map.of("f1", rtl))).containsEntry("f1", rtl);
        assertThat(FormRules.check(form, Map.of("f1", tenThousand))).containsEntry("f1", tenThousand);

        FormField subject = new FormField("f2", "Subject", FieldKind.SHORT_TEXT, true, 10, null, null, List.of());
        assertThat(check(subject, "😀".repeat(10))).isEmpty();
        assertThat(message(subject, "😀".repeat(11))).isEqualTo("request.field.tooLong [Subject, 10]");
        assertThat(message(subject, "a\nb")).isEqualTo("request.field.oneLine [Subject]");
    }

    @Test
    void checkingAFormRefusesTheFirstProblemInTheFormsOrderAndDropsUnaskedKeys() {
        FormDefinition form =
                new FormDefinition(List.of(field("f1", "Supplier", FieldKind.SHORT_TEXT, true), AMOUNT.withKey("f2")));
        Map<String, String> answers = new HashMap<>(Map.of("f1", "", "f2", "x"));
        assertThatThrownBy(() -> FormRules.check(form, answers))
                .isInstanceOfSatisfying(FormAnswerException.class, e -> {
                    assertThat(e.fieldKey()).isEqualTo("f1");
                    assertThat(e.messageKey()).isEqualTo("request.field.required");
                    assertThat(e.args()).containsExactly("Supplier");
                });
        assertThat(FormRules.problems(form, answers))
                .extracting(FieldProblem::fieldKey)
                .containsExactly("f1", "f2");
        assertThat(FormRules.check(form, Map.of("f1", "ACME", "f2", "12 EUR", "zz", "ignored")))
                .containsExactly(Map.entry("f1", "ACME"), Map.entry("f2", "12.00 EUR"));
    }

    @Test
    void definitionsAreCheckedAndNewFieldsGetKeys() {
        FormField a = field(null, "Supplier", FieldKind.SHORT_TEXT, true);
        FormField b = new FormField("f7", "System", FieldKind.CHOICE, false, null, null, null, List.of("SAP"));
        FormDefinition keyed = FormRules.checkDefinition(new FormDefinition(List.of(a, b)));
        assertThat(keyed.fields()).extracting(FormField::key).containsExactly("f8", "f7");

        assertThatThrownBy(() -> FormRules.checkDefinition(new FormDefinition(List.of(a, a))))
                .isInstanceOf(UserMessageException.class)
                .hasMessage("request.form.labelTwice");
        assertThatThrownBy(() -> FormRules.checkDefinition(new FormDefinition(
                        List.of(new FormField(null, "System", FieldKind.CHOICE, true, null, null, null, List.of())))))
                .hasMessage("request.form.choices");
        assertThatThrownBy(() -> FormRules.checkDefinition(new FormDefinition(List.of(new FormField(
                        null, "Amount", FieldKind.MONEY, true, null, BigDecimal.TEN, BigDecimal.ONE, List.of())))))
                .hasMessage("request.form.range");
        assertThatThrownBy(() -> FormRules.checkDefinition(new FormDefinition(List.of(
                        new FormField(null, "Amount", FieldKind.MONEY, true, null, null, null, List.of("euro"))))))
                .hasMessage("request.form.currency");
        assertThatThrownBy(() -> FormRules.checkDefinition(new FormDefinition(List.of(
                        new FormField(null, "Details", FieldKind.LONG_TEXT, true, 10_001, null, null, List.of())))))
                .hasMessage("request.form.maxLength");
        assertThatThrownBy(() ->
                        FormRules.checkDefinition(new FormDefinition(List.of(field(null, " ", FieldKind.DATE, true)))))
                .hasMessage("request.form.label");
    }

    @Test
    void answersAreShownWithTheQuestionsOfTheVersionTheyWereAskedWith() {
        FormDefinition v1 = new FormDefinition(List.of(
                field("f1", "Supplier", FieldKind.SHORT_TEXT, true),
                field("f2", "Cost centre", FieldKind.SHORT_TEXT, false),
                field("f3", "Approver", FieldKind.PERSON, false)));
        // version 2 renames f1, drops f2 and adds f4: a request asked with version 1 still reads as it was asked
        FormDefinition v2 = new FormDefinition(List.of(
                field("f1", "Supplier name", FieldKind.SHORT_TEXT, true),
                field("f4", "PO number", FieldKind.SHORT_TEXT, true)));
        assertThat(v1).isNotEqualTo(v2);
        assertThat(FormDefinition.fromJson(v1.toJson())).isEqualTo(v1);

        Map<String, String> answers = Map.of("f1", "ACME", "f2", "CC-7", "f3", "12");
        assertThat(FormRules.sheet(v1, answers, id -> id == 12 ? "Ada Lovelace" : "?"))
                .extracting(FormRules.Answer::label, FormRules.Answer::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Supplier", "ACME"),
                        org.assertj.core.groups.Tuple.tuple("Cost centre", "CC-7"),
                        org.assertj.core.groups.Tuple.tuple("Approver", "Ada Lovelace"));
        assertThat(FormRules.sheet(v2, answers, id -> "?"))
                .extracting(FormRules.Answer::label)
                .containsExactly("Supplier name");
        assertThat(FormRules.searchText(FormRules.sheet(v1, answers, id -> "Ada Lovelace")))
                .contains("ACME", "CC-7", "Ada Lovelace");
        String json = FormDefinition.answersToJson(Map.of("f1", "שלום 😀"));
        assertThat(FormDefinition.answersFromJson(json)).containsEntry("f1", "שלום 😀");
    }
}
