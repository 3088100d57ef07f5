#pragma once

#include "core/store/storeerror.h"

#include <type_traits>
#include <utility>
#include <variant>

namespace ee::store {

/// The outcome of a recoverable operation: a value or a StoreError.
/// Never "log and return false": the error travels to whoever can show it.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Result(StoreError error)
        : m_state(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    /// The value; only valid when ok().
    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    /// The error; only valid when !ok().
    const StoreError &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, StoreError> m_state;
};

/// Result of an operation that returns nothing on success.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(StoreError error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const StoreError &error() const { return m_error; }

private:
    StoreError m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace ee::store
