# One INTERFACE target that every target of ours links: warnings as errors on our
# code (imported targets' headers are system headers, so they stay quiet), Qt
# strictness defines, and the optional sanitizers.
add_library(evidence_settings INTERFACE)
add_library(Evidence::settings ALIAS evidence_settings)

target_compile_features(evidence_settings INTERFACE cxx_std_20)
target_compile_options(evidence_settings INTERFACE
  -Wall -Wextra -Wpedantic -Werror
  -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)

target_compile_definitions(evidence_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  EE_VERSION="${PROJECT_VERSION}")

if(EE_SANITIZE)
  target_compile_options(evidence_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(evidence_settings INTERFACE -fsanitize=address,undefined)
endif()
