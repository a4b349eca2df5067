#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// A posture file with one step moved to another date, everything else as in `original`: a new
// edition whose only difference is known.
inline QByteArray withStepDate(const QString& original, const QString& stepId, const QString& date)
{
    QFile file(original);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QJsonObject step = steps.at(i).toObject();
        if (step.value(QStringLiteral("id")).toString() == stepId) {
            step.insert(QStringLiteral("date"), date);
            steps.replace(i, step);
        }
    }
    root.insert(QStringLiteral("steps"), steps);
    return QJsonDocument(root).toJson();
}
