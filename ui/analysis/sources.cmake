# SPDX-License-Identifier: GPL-3.0-or-later
# Analysis views: the frequency / co-occurrence matrix, the chart and the extracts browser.
find_package(Qt6 REQUIRED COMPONENTS Charts)
target_sources(situate_ui PRIVATE
    analysis/codecombobox.h analysis/codecombobox.cpp
    analysis/coderfilterbutton.h analysis/coderfilterbutton.cpp
    analysis/commandline.h analysis/commandline.cpp
    analysis/heatlegend.h analysis/heatlegend.cpp
    analysis/matrixmodel.h analysis/matrixmodel.cpp
    analysis/matrixchoices.h analysis/matrixchoices.cpp
    analysis/matrixview.h analysis/matrixview.cpp
    analysis/rotatedheader.h analysis/rotatedheader.cpp
    analysis/chartview.h analysis/chartview.cpp
    analysis/extractdelegate.h analysis/extractdelegate.cpp
    analysis/extractsmodel.h analysis/extractsmodel.cpp
    analysis/extractpagereader.h analysis/extractpagereader.cpp
    analysis/extractsfilter.h analysis/extractsfilter.cpp
    analysis/extractsbrowser.h analysis/extractsbrowser.cpp
)
target_link_libraries(situate_ui PUBLIC Qt6::Charts)
