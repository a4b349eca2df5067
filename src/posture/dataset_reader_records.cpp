// The records that hang off the states (quotes, pledges, troop notes, border figures, notes);
// the core records and the checks between them are in dataset_reader.cpp.
#include "dataset_reader.h"
#include "nested_record.h"

#include <QRegularExpression>

namespace flank::posture {

namespace {

constexpr int kMaxQuoteLength = 400;

} // namespace

PledgeAmount readAmount(RecordReader& reader)
{
    static const QRegularExpression kCurrency(QStringLiteral("^[A-Z]{3}$"));
    PledgeAmount amount;
    const std::optional<double> value = reader.number(u"value");
    if (value && !(*value > 0.0))
        reader.error(*reader.object().member(u"value"),
                     QStringLiteral("\"value\" must be more than 0"));
    amount.value = value.value_or(0.0);
    amount.currency = reader.string(u"currency");
    if (!amount.currency.isEmpty() && !kCurrency.match(amount.currency).hasMatch())
        reader.error(*reader.object().member(u"currency"),
                     QStringLiteral("\"currency\" must be an ISO 4217 code such as \"EUR\", "
                                    "not %1")
                         .arg(quoted(amount.currency)));
    // An empty scale is a figure in units, as no scale is.
    const JsonNode* scale = reader.object().member(u"scale");
    if (scale && scale->isString() && scale->text.isEmpty())
        reader.field(u"scale", Need::Optional);
    else
        amount.scale = reader.choice(u"scale",
                                     {QStringLiteral("thousand"), QStringLiteral("million"),
                                      QStringLiteral("billion"), QStringLiteral("trillion")},
                                     Need::Optional);
    return amount;
}

bool checkDateOrder(RecordReader& reader, QStringView earlierKey, const PartialDate& earlier,
                    QStringView laterKey, const PartialDate& later)
{
    if (!earlier.isValid() || !later.isValid() || !(later.last() < earlier.first()))
        return true;
    reader.error(
        *reader.object().member(laterKey),
        QStringLiteral("\"%1\" (%2) is before \"%3\" (%4)")
            .arg(laterKey.toString(), later.toString(), earlierKey.toString(), earlier.toString()));
    return false;
}

void DatasetReader::readQuote(const JsonNode& node)
{
    RecordReader reader(node, QStringLiteral("quote"), m_file, m_issues);
    Quote quote;
    quote.id = readId(reader, m_quoteIds);
    quote.state = readStateCode(reader, u"state", {QStringLiteral("*")});
    quote.speaker = reader.string(u"speaker");
    quote.role = reader.string(u"role");
    quote.saidOn = readDate(reader, u"saidOn");
    quote.text = reader.string(u"text");
    if (quote.text.size() > kMaxQuoteLength)
        reader.warning(*node.member(u"text"),
                       QStringLiteral("a quote should be at most %1 characters; this one has %2")
                           .arg(kMaxQuoteLength)
                           .arg(quote.text.size()));
    if (node.member(u"language"))
        quote.language = reader.string(u"language");
    const std::optional<Verification> verification = verificationFromId(reader.choice(
        u"verification", {QStringLiteral("confirmed"), QStringLiteral("single-source"),
                          QStringLiteral("unverified")}));
    quote.verification = verification.value_or(Verification::Unverified);
    quote.sources = readSourceIds(reader, Need::Required);
    quote.note = reader.string(u"note", Need::Optional);
    quote.checked = readDate(reader, u"checked", Need::Optional);
    readNestedRecord(reader, u"original", Need::Optional, m_file, m_issues,
                     [&](RecordReader& original) {
                         quote.original = QuoteOriginal{original.string(u"language"),
                                                        original.string(u"text", Need::Optional),
                                                        original.string(u"translatedBy")};
                     });
    if (quote.original && quote.original->text.size() > kMaxQuoteLength)
        reader.warning(*node.member(u"original"),
                       QStringLiteral("an original wording should be at most %1 characters; "
                                      "this one has %2")
                           .arg(kMaxQuoteLength)
                           .arg(quote.original->text.size()));
    if (const JsonNode* variants = reader.field(u"variants", Need::Optional)) {
        if (!variants->isArray())
            reader.error(
                *variants,
                QStringLiteral("\"variants\" must be an array, not %1").arg(variants->typeName()));
        else
            for (const JsonNode& item : variants->items)
                readQuoteVariant(reader, item, quote);
    }
    reader.finish();
    if (reader.ok())
        m_records.quotes << quote;
}

void DatasetReader::readQuoteVariant(RecordReader& quoteReader, const JsonNode& node, Quote& quote)
{
    if (!node.isObject()) {
        quoteReader.error(
            node, QStringLiteral("each variant must be an object, not %1").arg(node.typeName()));
        return;
    }
    RecordReader reader(node, QStringLiteral("%1, variant").arg(quoteReader.label()), m_file,
                        m_issues);
    QuoteVariant variant;
    variant.text = reader.string(u"text");
    variant.sources = readSourceIds(reader, Need::Required);
    reader.finish();
    if (!reader.ok())
        quoteReader.reject();
    quote.variants << variant;
}

void DatasetReader::readPledge(const JsonNode& node)
{
    static const QRegularExpression kCurrency(QStringLiteral("^[A-Z]{3}$"));
    RecordReader reader(node, QStringLiteral("pledge"), m_file, m_issues);
    Pledge pledge;
    pledge.id = readId(reader, m_pledgeIds);
    pledge.state = readStateCode(reader, u"state", {QStringLiteral("NATO")});
    const std::optional<double> value = reader.number(u"value");
    const std::optional<PledgeUnit> unit = pledgeUnitFromId(
        reader.choice(u"unit", {QStringLiteral("percent-gdp"), QStringLiteral("currency")}));
    pledge.unit = unit.value_or(PledgeUnit::PercentGdp);
    if (value && unit == PledgeUnit::PercentGdp && !(*value > 0.0 && *value <= 100.0))
        reader.error(*node.member(u"value"),
                     QStringLiteral("\"value\" in percent of GDP must be more than 0 and at "
                                    "most 100, not %1")
                         .arg(node.member(u"value")->text));
    if (value && unit == PledgeUnit::Currency && !(*value > 0.0))
        reader.error(*node.member(u"value"), QStringLiteral("\"value\" must be more than 0, not %1")
                                                 .arg(node.member(u"value")->text));
    pledge.value = value.value_or(0.0);
    pledge.currency =
        reader.string(u"currency", unit == PledgeUnit::Currency ? Need::Required : Need::Optional);
    if (!pledge.currency.isEmpty() && !kCurrency.match(pledge.currency).hasMatch())
        reader.error(*node.member(u"currency"),
                     QStringLiteral("\"currency\" must be an ISO 4217 code such as \"EUR\", "
                                    "not %1")
                         .arg(quoted(pledge.currency)));
    QStringList bases;
    for (const PledgeBasis basis : allPledgeBasisKinds())
        bases << pledgeBasisId(basis);
    pledge.basis = pledgeBasisFromId(reader.choice(u"basis", bases, Need::Optional))
                       .value_or(PledgeBasis::Pledge);
    readNestedRecord(reader, u"amount", Need::Optional, m_file, m_issues,
                     [&](RecordReader& amount) { pledge.amount = readAmount(amount); });
    pledge.scope = reader.string(u"scope", Need::Optional);
    pledge.targetYear = reader.integer(u"targetYear", 1900, 2200).value_or(0);
    pledge.pledgedOn = readDate(reader, u"pledgedOn");
    pledge.dateNote = reader.string(u"dateNote", Need::Optional);
    pledge.sources = readSourceIds(reader, Need::Required);
    pledge.note = reader.string(u"note", Need::Optional);
    pledge.checked = readDate(reader, u"checked", Need::Optional);
    reader.finish();
    if (reader.ok())
        m_records.pledges << pledge;
}

void DatasetReader::readTroopNote(const JsonNode& node)
{
    RecordReader reader(node, QStringLiteral("troop note"), m_file, m_issues);
    TroopNote note;
    note.id = readId(reader, m_troopNoteIds);
    note.state = readStateCode(reader, u"state");
    QStringList kinds;
    for (const TroopNoteKind kind :
         {TroopNoteKind::AlliedPresence, TroopNoteKind::Fortification,
          TroopNoteKind::RussianBuildup, TroopNoteKind::NationalForces, TroopNoteKind::Mining})
        kinds << troopNoteKindId(kind);
    note.kind =
        troopNoteKindFromId(reader.choice(u"kind", kinds)).value_or(TroopNoteKind::AlliedPresence);
    note.title = reader.string(u"title");
    note.lead = reader.string(u"lead", Need::Optional);
    note.size = reader.string(u"size", Need::Optional);
    note.since = readDate(reader, u"since", Need::Optional);
    note.date = readDate(reader, u"date");
    note.dateNote = reader.string(u"dateNote", Need::Optional);
    note.place = reader.string(u"place", Need::Optional);
    readTroopLocation(reader, note);
    note.troops = reader.integer(u"troops", 1, 10'000'000, Need::Optional);
    note.until = readDate(reader, u"until", Need::Optional);
    checkDateOrder(reader, u"since", note.since, u"until", note.until);
    note.text = reader.string(u"text");
    note.sources = readSourceIds(reader, Need::Required);
    note.checked = readDate(reader, u"checked", Need::Optional);
    reader.finish();
    if (reader.ok())
        m_records.troopNotes << note;
}

void DatasetReader::readTroopLocation(RecordReader& reader, TroopNote& note)
{
    const auto coordinate = [](RecordReader& location, QStringView key, double limit) {
        const std::optional<double> value = location.number(key);
        if (value && !(*value >= -limit && *value <= limit))
            location.error(*location.object().member(key),
                           QStringLiteral("\"%1\" must be between %2 and %3, not %4")
                               .arg(key)
                               .arg(-limit)
                               .arg(limit)
                               .arg(location.object().member(key)->text));
        return value.value_or(0.0);
    };
    readNestedRecord(reader, u"location", Need::Optional, m_file, m_issues,
                     [&](RecordReader& location) {
                         TroopLocation where;
                         where.place = location.string(u"place");
                         where.lon = coordinate(location, u"lon", 180.0);
                         where.lat = coordinate(location, u"lat", 90.0);
                         where.sources = readSourceIds(location, Need::Required);
                         note.location = where;
                     });
}

void DatasetReader::readBorderFigure(const JsonNode& node)
{
    RecordReader reader(node, QStringLiteral("border figure"), m_file, m_issues);
    BorderFigure figure;
    figure.id = readId(reader, m_borderFigureIds);
    figure.state = readStateCode(reader, u"state");
    figure.neighbour = reader.iso3(u"neighbour");
    if (!figure.neighbour.isEmpty() && !m_stateIds.contains(figure.neighbour))
        reader.warning(*node.member(u"neighbour"),
                       QStringLiteral("neighbour %1 is not listed in \"states\"")
                           .arg(quoted(figure.neighbour)));
    const std::optional<double> km = reader.number(u"km");
    if (km && !(*km > 0.0 && *km < 100'000.0))
        reader.error(*node.member(u"km"),
                     QStringLiteral("\"km\" must be more than 0 and less than 100000, not %1")
                         .arg(node.member(u"km")->text));
    figure.km = km.value_or(0.0);
    figure.sources = readSourceIds(reader, Need::Required);
    figure.note = reader.string(u"note", Need::Optional);
    reader.finish();
    if (reader.ok())
        m_records.borderFigures << figure;
}

void DatasetReader::readNote(const JsonNode& node)
{
    RecordReader reader(node, QStringLiteral("note"), m_file, m_issues);
    DataNote note;
    note.id = readId(reader, m_noteIds);
    QStringList kinds;
    for (const DataNoteKind kind : allDataNoteKinds())
        kinds << dataNoteKindId(kind);
    note.kind =
        dataNoteKindFromId(reader.choice(u"kind", kinds)).value_or(DataNoteKind::Unconfirmed);
    note.about = reader.string(u"about");
    note.text = reader.string(u"text");
    note.sources = readSourceIds(reader, Need::Required);
    note.checked = readDate(reader, u"checked", Need::Optional);
    reader.finish();
    if (reader.ok())
        m_records.notes << note;
}

} // namespace flank::posture
