#pragma once

#include <QIODevice>

// A write-only device that accepts `capacity` bytes and then fails every write, the way a
// full disk does.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity) : m_capacity(capacity) {}

    bool isSequential() const override { return true; }
    qint64 accepted() const { return m_accepted; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 length) override
    {
        if (m_accepted + length > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_accepted += length;
        return length;
    }

private:
    qint64 m_capacity;
    qint64 m_accepted = 0;
};
