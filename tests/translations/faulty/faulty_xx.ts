<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Checker</name>
    <message>
        <source>Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>Copiar %1 a otro sitio</translation>
    </message>
    <message>
        <source>Effect [95% CI]; %1 &lt;b&gt;studies&lt;/b&gt;</source>
        <translation>Efecto [IC del 95%]; %1 &lt;b&gt;estudios&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n studies</source>
        <translation>
            <numerusform>%n estudio</numerusform>
            <numerusform>varios estudios</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed text</source>
        <translation type="vanished">Texto eliminado</translation>
    </message>
</context>
</TS>
