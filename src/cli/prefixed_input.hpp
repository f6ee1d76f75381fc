#pragma once
// A stream read once (standard input, a pipe, a FIFO) whose first bytes were read to tell what
// it holds (io::first_line): those bytes put back in front of the rest. Used by `view` and
// `merge`.

#include <istream>
#include <streambuf>
#include <string>

namespace gt::cli {

class PrefixedInput : public std::streambuf {
  public:
    PrefixedInput(std::string prefix, std::istream& rest) : prefix_(std::move(prefix)), rest_(rest) {
        setg(prefix_.data(), prefix_.data(), prefix_.data() + prefix_.size());
    }

  protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        if (!prefix_.empty()) std::string().swap(prefix_);
        rest_.read(buf_, sizeof buf_);
        const std::streamsize n = rest_.gcount();
        if (n <= 0) return traits_type::eof();
        setg(buf_, buf_, buf_ + n);
        return traits_type::to_int_type(*gptr());
    }

  private:
    std::string prefix_;
    std::istream& rest_;
    char buf_[1 << 16];
};

} // namespace gt::cli
