#include "posture/safe_link.h"

#include <QTest>

using flank::posture::isSafeLink;

class TestSafeLink : public QObject
{
    Q_OBJECT

private slots:
    void isSafeLink_data();
    void isSafeLink();
};

void TestSafeLink::isSafeLink_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("safe");

    QTest::newRow("https") << "https://www.reuters.com/world/europe/" << true;
    QTest::newRow("http") << "http://example.org" << true;
    QTest::newRow("query and fragment") << "https://example.org/a?b=c#d" << true;
    QTest::newRow("upper-case scheme") << "HTTPS://EXAMPLE.ORG/" << true;
    QTest::newRow("port") << "https://example.org:8443/x" << true;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("javascript, upper case") << "JAVASCRIPT:alert(1)" << false;
    QTest::newRow("javascript with a tab") << "java\tscript:alert(1)" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("data") << "data:text/html;base64,PHNjcmlwdD4=" << false;
    QTest::newRow("ftp") << "ftp://example.org/file" << false;
    QTest::newRow("mailto") << "mailto:someone@example.org" << false;
    QTest::newRow("relative path") << "/news/article" << false;
    QTest::newRow("relative name") << "article.html" << false;
    QTest::newRow("host without scheme") << "example.org" << false;
    QTest::newRow("scheme-relative") << "//example.org/x" << false;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("no slashes") << "http:example.org" << false;
    QTest::newRow("triple slash") << "https:///path" << false;
    QTest::newRow("leading space") << " https://example.org" << false;
    QTest::newRow("trailing newline") << "https://example.org\n" << false;
    QTest::newRow("space in host") << "https://exa mple.org" << false;
    QTest::newRow("empty") << "" << false;
}

void TestSafeLink::isSafeLink()
{
    QFETCH(QString, url);
    QFETCH(bool, safe);
    QCOMPARE(flank::posture::isSafeLink(url), safe);
}

QTEST_GUILESS_MAIN(TestSafeLink)
#include "tst_safe_link.moc"
