#pragma once

// Include QCustomPlot through this header, never <qcustomplot.h> directly.
//
// Debian's qcustomplot.h (2.1) uses Qt's `foreach` in two inline templates
// (QCustomPlot::plottableAt, itemAt). Our build defines QT_NO_FOREACH, which
// removes the keyword, so the header does not parse. For this header only,
// `foreach` becomes a range-based for; both uses iterate a member list of a
// const method, so no container is detached or modified.
#if defined(QT_NO_FOREACH) && !defined(foreach)
#define foreach(variable, container) for (variable : container)
#define EE_QCUSTOMPLOT_DEFINED_FOREACH
#endif

#include <qcustomplot.h>

#ifdef EE_QCUSTOMPLOT_DEFINED_FOREACH
#undef foreach
#undef EE_QCUSTOMPLOT_DEFINED_FOREACH
#endif
